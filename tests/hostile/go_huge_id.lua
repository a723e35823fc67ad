-- hostile: a go function returns a 100,000-byte node id
-- stage: choose
-- expect: bytes long; the limit
scenario { id = "hostile.go-huge", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", why = "w", -- <<<
  go = function(s) return string.rep("a", 100000) end } }
ending "done" { kind = "resolved", summary = "s" }
