-- expect: nowhere
scenario {
  id = "bad.go-unknown", title = "Go nowhere",
  brief = "b", organisation = "brightmart", role = "r", level = 1, minutes = 1,
  customer = { name = "C" }, start = "a",
}
node "a" {
  customer = "Hi",
  choice { "Bye", id = "bye", go = "nowhere", why = "w" }, -- <<<
}
ending "end" { kind = "resolved", summary = "s" }
