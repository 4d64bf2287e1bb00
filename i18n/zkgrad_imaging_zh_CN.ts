<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PhotoMessages</name>
    <message>
        <source>Retake it in daylight or under a bright lamp, hold the phone steady and parallel to the paper, let it focus, fill the frame with the document and avoid shadows and glare.</source>
        <translation>请在白天光线下或明亮的灯下重新拍摄：手机拿稳并与纸面平行，等对焦清楚后再拍，让证件或材料占满画面，避免阴影和反光。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty (0 bytes). Choose the photo again, or export it again from your phone or scanner.</source>
        <translation>文件“%1”是空文件（0 字节）。请重新选择照片，或从手机、扫描仪重新导出。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large (%2 MB). Choose a normal photo (JPG or PNG) taken with a phone or a scanner.</source>
        <translation>文件“%1”太大（%2 MB）。请选择用手机或扫描仪拍摄的普通照片（JPG 或 PNG）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened. Check that it still exists and that you may read it, then choose it again.</source>
        <translation>无法打开文件“%1”。请确认文件仍然存在且有权限读取，然后重新选择。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is actually a %2 image. Choose a photo in JPG or PNG format, or save this one as JPG first (for example with your phone&apos;s &quot;save as&quot; or a screenshot).</source>
        <translation>文件“%1”实际是 %2 图片，请选择 JPG 或 PNG 格式的照片，或先把它另存为 JPG（例如用手机的“另存为”或截图）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not an image (it looks like text or another kind of document). Choose a photo in JPG or PNG format.</source>
        <translation>文件“%1”不是图片（看起来是文本或其他类型的文档）。请选择 JPG 或 PNG 格式的照片。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is incomplete: it ends inside its header. It was probably not fully copied or downloaded. Copy or download it again.</source>
        <translation>文件“%1”不完整：文件头部就已中断，可能没有完整复制或下载。请重新复制或下载。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is incomplete: part of the picture is missing. It was probably not fully copied or downloaded. Copy or download it again.</source>
        <translation>文件“%1”不完整：图片的一部分缺失，可能没有完整复制或下载。请重新复制或下载。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged: its &quot;%2&quot; block claims %3 bytes, but the whole file has only %4 bytes. Open it on your phone or computer to check it, then export or take the photo again as JPG.</source>
        <translation>文件“%1”已损坏：其中的“%2”数据块声称有 %3 字节，而整个文件只有 %4 字节。请在手机或电脑上打开检查，然后重新导出为 JPG 或重新拍摄。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged and cannot be read as an image. Open it on your phone or computer to check it, then take or export the photo again.</source>
        <translation>文件“%1”已损坏，无法作为图片读取。请在手机或电脑上打开检查，然后重新拍摄或导出照片。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is too large (%2 × %3 pixels; at most %4 million pixels are accepted). Use a normal phone photo or reduce its size first.</source>
        <translation>图片“%1”太大（%2 × %3 像素，最多接受 %4 百万像素）。请使用普通手机照片，或先缩小图片尺寸。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is too large (%2 × %3 pixels; no side may exceed %4 pixels). Use a normal phone photo or reduce its size first.</source>
        <translation>图片“%1”太大（%2 × %3 像素，任何一边都不能超过 %4 像素）。请使用普通手机照片，或先缩小图片尺寸。</translation>
    </message>
    <message>
        <source>The JPEG file &quot;%1&quot; is built unusually (%2 progressive scans) and is refused for safety. Open it and save it again as a normal JPG, or take the photo again.</source>
        <translation>JPEG 文件“%1”的结构异常（%2 次渐进扫描），出于安全原因不予处理。请打开后重新另存为普通 JPG，或重新拍摄。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a lossless JPEG, which is not supported. Save it again as a normal JPG or PNG.</source>
        <translation>文件“%1”是无损 JPEG，不受支持。请重新另存为普通 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a hierarchical JPEG, which is not supported. Save it again as a normal JPG or PNG.</source>
        <translation>文件“%1”是分层（hierarchical）JPEG，不受支持。请重新另存为普通 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a %2-bit JPEG, which is not supported. Save it again as a normal 8-bit JPG or PNG.</source>
        <translation>文件“%1”是 %2 位 JPEG，不受支持。请重新另存为普通 8 位 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>The JPEG file &quot;%1&quot; uses a variant that cannot be read. Save it again as a normal JPG or PNG.</source>
        <translation>JPEG 文件“%1”使用了无法读取的格式变体。请重新另存为普通 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is small (%2 × %3 pixels; at least %4 pixels on the long side are recommended) and may be unclear. </source>
        <translation>图片“%1”尺寸较小（%2 × %3 像素，建议长边至少 %4 像素），可能不够清晰。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; looks blurred and may be unclear. </source>
        <translation>图片“%1”看起来比较模糊，可能不够清晰。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; cannot be made smaller than %2 bytes while staying readable. Crop it to the part that matters, or take a simpler photo (plain background, only the document).</source>
        <translation>图片“%1”无法在保持清晰可辨的前提下压缩到 %2 字节以内。请只裁剪出需要的部分，或重新拍一张更简洁的照片（纯色背景、只拍证件或材料）。</translation>
    </message>
    <message>
        <source>The result for &quot;%1&quot; is only %2 × %3 pixels and may be hard to read. Check it at 100 %; if the text is not clear, crop closer to the document or retake the photo.</source>
        <translation>“%1”处理后只有 %2 × %3 像素，可能难以辨认。请按 100% 查看；如果文字不清楚，请裁剪得更贴近材料或重新拍摄。</translation>
    </message>
    <message>
        <source>The selected area of &quot;%1&quot; is empty or outside the picture. Draw the box over the part you want to keep.</source>
        <translation>在“%1”中选择的区域为空或超出了图片范围。请把选框拖到要保留的部分上。</translation>
    </message>
    <message>
        <source>Processing of &quot;%1&quot; was cancelled.</source>
        <translation>已取消处理“%1”。</translation>
    </message>
    <message>
        <source>The result could not be saved as &quot;%1&quot;. Check that the folder exists and that there is free space, then try again.</source>
        <translation>无法把结果保存为“%1”。请确认文件夹存在且磁盘有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>No document was found in &quot;%1&quot;, so the whole photo is kept. If the card or page is in the photo, place it on a plain, darker surface and retake the photo, or mark its corners by hand.</source>
        <translation>在“%1”中没有找到证件或材料，已保留整张照片。如果照片里有证件或纸张，请把它放在颜色较深的纯色桌面上重新拍摄，或手动标出它的四个角。</translation>
    </message>
</context>
</TS>
