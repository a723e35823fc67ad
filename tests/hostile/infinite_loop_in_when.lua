-- hostile: loop forever inside a when condition
-- stage: offers
-- expect: instruction budget
scenario { id = "hostile.loop-when", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Go", go = "end", why = "w",
    when = function(s) while true do end end }, -- <<<
}
ending "end" { kind = "lost", summary = "s" }
