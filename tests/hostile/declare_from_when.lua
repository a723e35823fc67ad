-- hostile: a when condition declares a choice during play
-- stage: offers
-- expect: declare content while the file loads
scenario { id = "hostile.declare-when", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w",
  when = function(s) choice { "Late", go = "done" } return true end } } -- <<<
ending "done" { kind = "resolved", summary = "s" }
