-- expect: heat.hug
scenario {
  id = "bad.principle", title = "Unknown principle",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" {
  customer = "Hi",
  choice { "Bye", id = "bye", go = "end", why = "w", credit = "heat.hug" }, -- <<<
}
ending "end" { kind = "resolved", summary = "s" }
