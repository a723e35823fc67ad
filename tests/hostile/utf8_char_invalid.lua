-- hostile: a customer line holding utf8.char(0x7FFFFFFF), which is not UTF-8
-- stage: harmless
-- expect: not valid UTF-8
scenario { id = "hostile.utf8-char", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = function(s) return "Hi " .. utf8.char(0x7FFFFFFF) end, -- <<<
  choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
