-- hostile: a title made of bytes that are not UTF-8 (written as escapes, so the file is)
-- stage: harmless
-- expect: not valid UTF-8
scenario { id = "hostile.bad-title", title = "Bad \xFF title", brief = "b", customer = { name = "Sam" }, start = "a" } -- <<<
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
