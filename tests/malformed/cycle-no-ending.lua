-- expect: no ending
scenario { -- <<<
  id = "bad.cycle", title = "Round and round",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" { customer = "Hi", choice { "On", id = "on", go = "b", why = "w" } }
node "b" { customer = "Again", choice { "Back", id = "back", go = "a", why = "w" } }
