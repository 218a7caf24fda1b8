async def f():
    async for x in y: pass
    async with a as b, c: pass
    await z
    [x async for x in y]
    (x async for x in y if await z)
    return await q
