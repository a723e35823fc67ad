-- expect: is not in the rubric
unit "bad-unit" { title = "A unit" }
point "bad-unit.p" { -- <<<
  unit = "bad-unit", kind = "concept", text = "t", principles = { "heat.hug" },
}
