#include "attachmentviewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &name,
                        QStyle::StandardPixmap icon, const QKeySequence &shortcut = {})
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    if (!shortcut.isEmpty()) {
        button->setShortcut(shortcut);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(name,
                                                         shortcut.toString(QKeySequence::NativeText)));
    } else {
        button->setToolTip(name);
    }
    return button;
}

} // namespace

AttachmentViewer::AttachmentViewer(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_title(new QLabel(this))
{
    m_back = makeButton(this, tr("Application"), tr("Back to the application"),
                        QStyle::SP_ArrowBack);
    m_previous = makeButton(this, tr("Previous"), tr("Previous page"), QStyle::SP_ArrowUp);
    m_next = makeButton(this, tr("Next"), tr("Next page"), QStyle::SP_ArrowDown);
    m_page = new QSpinBox(this);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setKeyboardTracking(false);
    auto *pageLabel = new QLabel(tr("&Page"), this);
    pageLabel->setBuddy(m_page);
    m_pageTotal = new QLabel(this);
    m_zoomOut = makeButton(this, tr("Smaller"), tr("Zoom out"), QStyle::SP_ArrowLeft,
                           QKeySequence::ZoomOut);
    m_zoomIn = makeButton(this, tr("Larger"), tr("Zoom in"), QStyle::SP_ArrowRight,
                          QKeySequence::ZoomIn);
    m_fitWidth = makeButton(this, tr("Fit width"), tr("Fit the page to the width"),
                            QStyle::SP_TitleBarMaxButton);
    m_external = makeButton(this, tr("Open in PDF viewer"),
                            tr("Open in the system's PDF viewer"), QStyle::SP_DialogOpenButton);
    // The icons only repeat the words; the words carry the meaning.
    for (QToolButton *b : {m_previous, m_next, m_zoomOut, m_zoomIn})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("PDF attachment"));
    m_view->setAccessibleDescription(tr("Page Up and Page Down turn the pages."));
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(pageLabel);
    bar->addWidget(m_page);
    bar->addWidget(m_pageTotal);
    bar->addSpacing(12);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    bar->addSpacing(12);
    bar->addWidget(m_external);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_back, &QToolButton::clicked, this, &AttachmentViewer::backRequested);
    connect(m_external, &QToolButton::clicked, this, &AttachmentViewer::externalViewRequested);
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &AttachmentViewer::fitWidth);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &AttachmentViewer::updateNavigation);
    updateNavigation();
}

AttachmentViewer::~AttachmentViewer()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

bool AttachmentViewer::showPdf(const QByteArray &data, const QString &fileName)
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(data);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_fileName = fileName;
    m_title->setText(fileName);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateNavigation();
    return m_document->status() == QPdfDocument::Status::Ready;
}

void AttachmentViewer::clear()
{
    m_document->close();
    m_fileName.clear();
    m_title->clear();
    updateNavigation();
}

int AttachmentViewer::pageCount() const
{
    return m_document->pageCount();
}

int AttachmentViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void AttachmentViewer::goToPage(int page)
{
    if (page < 0 || page >= pageCount() || page == currentPage())
        return;
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

void AttachmentViewer::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(m_view->zoomFactor() * 1.25, 8.0));
}

void AttachmentViewer::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(m_view->zoomFactor() / 1.25, 0.2));
}

void AttachmentViewer::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void AttachmentViewer::updateNavigation()
{
    const int pages = pageCount();
    const int page = currentPage();
    const QSignalBlocker blocker(m_page);
    m_page->setRange(pages > 0 ? 1 : 0, std::max(pages, 0));
    m_page->setValue(pages > 0 ? page + 1 : 0);
    m_pageTotal->setText(tr("of %1").arg(pages));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pages);
    for (QWidget *w : {static_cast<QWidget *>(m_page), static_cast<QWidget *>(m_zoomIn),
                       static_cast<QWidget *>(m_zoomOut), static_cast<QWidget *>(m_fitWidth),
                       static_cast<QWidget *>(m_external)})
        w->setEnabled(pages > 0);
}
