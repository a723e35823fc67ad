-- expect: a
scenario {
  id = "bad.duplicate-node", title = "Twice",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" { customer = "Hi", choice { "Bye", id = "bye", go = "end", why = "w" } }
node "a" { customer = "Hi again", choice { "Bye", id = "bye2", go = "end", why = "w" } } -- <<<
ending "end" { kind = "resolved", summary = "s" }
