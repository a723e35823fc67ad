-- hostile: dump a function to bytecode
-- stage: load
-- expect: field 'dump'
local b = string.dump(function() end) -- <<<
