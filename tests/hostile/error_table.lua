-- hostile: throw a table instead of a message
-- stage: load
-- expect: error called with a table value
error({ code = 42 }) -- <<<
