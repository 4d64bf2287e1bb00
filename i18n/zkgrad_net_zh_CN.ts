<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiClient</name>
    <message>
        <source>prior degree</source>
        <translation>前置学历</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>本人简历</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>自我鉴定</translation>
    </message>
    <message>
        <source>situation note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>uploaded images</source>
        <translation>已上传的图片</translation>
    </message>
    <message>
        <source>application status</source>
        <translation>申请状态</translation>
    </message>
    <message>
        <source>review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>prior degree check</source>
        <translation>前置学历审核结果</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you entered is lost.</source>
        <translation>登录已过期，请重新登录。已填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您没有权限进行此操作。</translation>
    </message>
    <message>
        <source>The requested item was not found on the server.</source>
        <translation>服务器上找不到所请求的内容。</translation>
    </message>
    <message>
        <source>This is not possible in the application&apos;s current state.</source>
        <translation>申请当前的状态不允许进行此操作。</translation>
    </message>
    <message>
        <source>The application was changed elsewhere in the meantime.</source>
        <translation>申请在此期间已在别处被修改。</translation>
    </message>
    <message>
        <source>The data is too large for the server.</source>
        <translation>数据太大，服务器无法接收。</translation>
    </message>
    <message>
        <source>The server does not accept this type of file.</source>
        <translation>服务器不接受这种类型的文件。</translation>
    </message>
    <message>
        <source>Some of the data is not valid.</source>
        <translation>部分数据不符合要求。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>尝试次数过多，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The server has a problem at the moment. Please try again later.</source>
        <translation>服务器暂时出现故障，请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The answer did not come from the application server. The network may require you to sign in first (a login page of a school, hotel or public Wi-Fi). Open a web browser, complete that step and try again.</source>
        <translation>收到的回答不是来自申请服务器。当前网络可能需要先登录（例如学校、酒店或公共 Wi-Fi 的上网认证页面）。请打开浏览器完成认证后再试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Please try again later.</source>
        <translation>无法读取服务器的回答，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>Cannot connect to the server (connection refused).</source>
        <translation>无法连接到服务器（连接被拒绝）。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Please check that this computer is online.</source>
        <translation>找不到服务器地址。请检查这台电脑是否已连接网络。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Please check the network connection.</source>
        <translation>无法连接到服务器，请检查网络连接。</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted.</source>
        <translation>与服务器的连接中断了。</translation>
    </message>
    <message>
        <source>The server did not answer in time (the network is slow or the server is busy).</source>
        <translation>服务器未能及时响应（网络较慢或服务器繁忙）。</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Please check the proxy settings of this computer.</source>
        <translation>无法使用代理服务器，请检查这台电脑的代理设置。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not used. Your data was not sent. If you are on a school or public network, ask its administrator.</source>
        <translation>无法验证服务器的安全证书，因此没有使用这个连接，您的数据没有发送出去。如果您正在使用学校或公共网络，请联系网络管理员。</translation>
    </message>
    <message>
        <source>The server sent more data than expected; the answer was discarded.</source>
        <translation>服务器返回的数据超出预期，已丢弃该回答。</translation>
    </message>
    <message>
        <source>The server redirected the request to an address that is not allowed.</source>
        <translation>服务器把请求转到了不允许的地址。</translation>
    </message>
    <message>
        <source>The file to upload could not be read from this computer.</source>
        <translation>无法从这台电脑读取要上传的文件。</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>发生了网络错误。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>Saved locally, not yet uploaded (%n item(s)). It is sent automatically when the network is back.</source>
        <translation>
            <numerusform>已保存在本机，尚未上传（%n 项）。网络恢复后会自动上传。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zkgrad::net::ApiClient</name>
    <message>
        <source>The application was changed elsewhere (%1). The latest version has been loaded; please check it and save again.</source>
        <translation>申请已在别处被修改（%1）。已载入最新内容，请核对后再保存。</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be uploaded automatically when the network is back.</source>
        <translation>已保存在本机，网络恢复后会自动上传。</translation>
    </message>
    <message>
        <source>You have signed out; this was not sent.</source>
        <translation>您已退出登录，这项内容没有发送。</translation>
    </message>
</context>
</TS>
