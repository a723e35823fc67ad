-- hostile: a customer line of 200,000 bytes, computed during play
-- stage: offers
-- expect: bytes long; the limit
scenario { id = "hostile.text-huge", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = function(s) return string.rep("x", 200000) end, -- <<<
  choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
