-- expect: id
organisation { id = 5, name = "Five" } -- <<<
