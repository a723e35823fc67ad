-- hostile: a coroutine that never ends
-- stage: load
-- expect: global 'coroutine'
coroutine.wrap(function() while true do end end)() -- <<<
