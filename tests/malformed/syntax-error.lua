-- expect: expected
scenario {
  id = "bad.syntax", title = "Missing comma"
  brief = "b", -- <<<
}
