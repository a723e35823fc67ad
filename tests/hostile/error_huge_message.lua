-- hostile: an error whose message is 1 MiB long
-- stage: load
-- expect: xxxxxxxx
error(string.rep("x", 1 << 20)) -- <<<
