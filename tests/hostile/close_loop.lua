-- hostile: a __close handler that loops
-- stage: load
-- expect: instruction budget
do local x <close> = setmetatable({}, { __close = function() while true do end end }) end -- <<<
