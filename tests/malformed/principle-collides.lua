-- expect: cra.retailer-liable
principle "cra.retailer-liable" { -- <<<
  kind = "law", group = "Testing", title = "Twice", requires = "r",
  consequence = { customer = "c", business = "b" }, source = "Nowhere Act", weight = 1,
}
