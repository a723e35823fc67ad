-- hostile: give strings a new metatable
-- stage: load
-- expect: table expected
setmetatable("", {}) -- <<<
