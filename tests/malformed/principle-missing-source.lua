-- expect: source
principle "bad.no-source" { -- <<<
  kind = "law", group = "Testing", title = "No source", requires = "r",
  consequence = { customer = "c", business = "b" }, weight = 1,
}
