-- expect: mood
scenario {
  id = "bad.mood-type", title = "Mood is a word",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" {
  customer = "Hi",
  choice { "Bye", id = "bye", go = "end", why = "w", mood = "much happier" }, -- <<<
}
ending "end" { kind = "resolved", summary = "s" }
