-- expect: kind
principle "bad.kind" { -- <<<
  kind = "suggestion", group = "Testing", title = "Odd kind", requires = "r",
  consequence = { customer = "c", business = "b" }, source = "Nowhere Act", weight = 1,
}
