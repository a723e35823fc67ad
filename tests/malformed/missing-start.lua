-- expect: start
scenario { -- <<<
  id = "bad.no-start", title = "No start",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" },
}
node "a" { customer = "Hi", choice { "Bye", id = "bye", go = "end", why = "w" } }
ending "end" { kind = "resolved", summary = "s" }
