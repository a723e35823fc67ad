-- hostile: escape sequences and a right-to-left override in what the learner reads
-- stage: harmless
-- expect:
scenario { id = "hostile.escapes", title = "Refund \u{202E}dnuf", brief = "\x1b[2J\x1b[HPassword:", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi \x1b]0;owned\x07", choice { "Go \x9b", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "\x1b[31mred" }
