-- hostile: a when that fails on every route: lint must count it as an error, not say "0 errors"
-- stage: offers
-- expect: attempt to index a nil value
scenario { id = "hostile.fails", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w",
  when = function(s) return s.missing.field end } } -- <<<
ending "done" { kind = "resolved", summary = "s" }
