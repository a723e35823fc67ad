-- expect: choice
scenario {
  id = "bad.choice-type", title = "Choice is a string",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" { customer = "Hi", choice "Bye" } -- <<<
ending "end" { kind = "resolved", summary = "s" }
