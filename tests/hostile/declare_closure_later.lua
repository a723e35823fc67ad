-- hostile: keeps the second half of node "b" { ... } and calls it during play
-- stage: choose
-- expect: declare content while the file loads
scenario { id = "hostile.declare-later", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
local finish = node "b"
finish { customer = "B", choice { "On", go = "done", why = "w" } }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w",
  effect = function(s) finish { customer = "again" } end } } -- <<<
ending "done" { kind = "resolved", summary = "s" }
