-- hostile: loop forever inside an effect, under pcall
-- stage: choose
-- expect: instruction budget
scenario { id = "hostile.loop-effect", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Go", go = "end", why = "w",
    effect = function(s) while true do pcall(function() while true do end end) end end }, -- <<<
}
ending "end" { kind = "lost", summary = "s" }
