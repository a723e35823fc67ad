-- hostile: sets the mood to minus a million
-- stage: choose
-- expect: must stay between
scenario { id = "hostile.mood", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w", -- <<<
  effect = function(s) s.mood = -1000000 end } }
ending "done" { kind = "resolved", summary = "s" }
