-- hostile: smuggle a function into the session state
-- stage: choose
-- expect: only true/false, numbers and text
scenario { id = "hostile.smuggle", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Go", go = "end", why = "w", -- <<<
    effect = function(s) s.f = function() end end },
}
ending "end" { kind = "lost", summary = "s" }
