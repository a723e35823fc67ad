-- hostile: a learner line computed as the bytes C0 AF (an overlong slash)
-- stage: harmless
-- expect: not valid UTF-8
scenario { id = "hostile.learner-line", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi",
  choice { function(s) return "I will " .. "\xC0\xAF" end, go = "done", why = "w" } } -- <<<
ending "done" { kind = "resolved", summary = "s" }
