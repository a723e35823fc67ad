-- hostile: keeps a 1 MiB text in the state: every explored situation would copy it
-- stage: choose
-- expect: at most 4096
scenario { id = "hostile.state-text", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w", -- <<<
  effect = function(s) s.big = string.rep("x", 1 << 20) end } }
ending "done" { kind = "resolved", summary = "s" }
