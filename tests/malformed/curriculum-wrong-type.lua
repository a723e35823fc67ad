-- expect: principles
unit "bad-unit2" { title = "Another unit" }
point "bad-unit2.p" { -- <<<
  unit = "bad-unit2", kind = "concept", text = "t", principles = 42,
}
