-- hostile: reach string.dump through a string's metatable
-- stage: load
-- expect: 'dump'
local b = (""):dump() -- <<<
