-- hostile: loop forever inside an xpcall message handler
-- stage: load
-- expect: instruction budget
xpcall(function() error("x") end, function() while true do end end) -- <<<
