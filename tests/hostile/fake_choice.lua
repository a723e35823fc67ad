-- hostile: pass a forged table where a choice belongs
-- stage: load
-- expect: is not a choice
scenario { id = "hostile.fake-choice", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" { -- <<<
  customer = "Hi",
  { "forged", go = "end" },
}
ending "end" { kind = "lost", summary = "s" }
