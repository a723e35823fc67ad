-- expect: title
scenario { -- <<<
  id = "bad.title-type", title = 42,
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" { customer = "Hi", choice { "Bye", id = "bye", go = "end", why = "w" } }
ending "end" { kind = "resolved", summary = "s" }
