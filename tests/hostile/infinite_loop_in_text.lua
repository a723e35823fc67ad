-- hostile: loop forever inside a customer text function
-- stage: start
-- expect: instruction budget
scenario { id = "hostile.loop-text", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = function(s) while true do end end, -- <<<
  choice { "Go", go = "end", why = "w" },
}
ending "end" { kind = "lost", summary = "s" }
