-- expect: brightmart
organisation { id = "brightmart", name = "Brightmart again" } -- <<<
