-- expect: table
scenario {
  id = "bad.node-number", title = "Number node",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" (5) -- <<<
ending "end" { kind = "resolved", summary = "s" }
