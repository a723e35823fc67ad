-- hostile: throw nil
-- stage: load
-- expect: error called with a nil value
error() -- <<<
