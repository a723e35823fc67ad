-- hostile: a when that spends most of its own budget, and a counter that makes every step a
-- new situation: the explorer would multiply the per-call budget by 100,000 situations
-- stage: explore
-- expect: used up the budget
scenario { id = "hostile.explore-budget", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi",
  choice { "Again", go = "a", why = "w",
    when = function(s) local n = 0 for i = 1, 200000 do n = n + i end return n > 0 end, -- <<<
    effect = function(s) s.count = (s.count or 0) + 1 end },
  choice { "Stop", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
