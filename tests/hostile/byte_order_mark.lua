-- hostile: a file saved with a UTF-8 byte-order mark (as Windows editors do)
-- stage: harmless
-- expect:
scenario { id = "hostile.bom", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
