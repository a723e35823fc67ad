-- expect: not UTF-8
scenario {
  id = "bad.latin1", title = "Café ÿþ", -- <<<
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" { customer = "Hi", choice { "Bye", id = "bye", go = "end", why = "w" } }
ending "end" { kind = "resolved", summary = "s" }
