-- hostile: an effect declares a node during play (the loader's declarations are gone by then)
-- stage: choose
-- expect: declare content while the file loads
scenario { id = "hostile.declare-play", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w",
  effect = function(s) node "late" { customer = "boo" } end } } -- <<<
ending "done" { kind = "resolved", summary = "s" }
