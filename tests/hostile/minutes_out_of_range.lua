-- hostile: sets the clock to a million minutes
-- stage: choose
-- expect: must stay between
scenario { id = "hostile.minutes", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w", -- <<<
  effect = function(s) s.minutes = 1000000 end } }
ending "done" { kind = "resolved", summary = "s" }
