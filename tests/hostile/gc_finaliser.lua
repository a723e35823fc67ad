-- hostile: a __gc finaliser that loops when the VM closes
-- stage: load
-- expect: __gc finalisers are not allowed
setmetatable({}, { __gc = function() while true do end end }) -- <<<
