#pragma once

#include <QBuffer>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QSpinBox;
class QToolButton;

/// A PDF attachment read inside the program: page navigation and zoom.
class AttachmentViewer : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentViewer(QWidget *parent = nullptr);
    ~AttachmentViewer() override;

    /// Shows the PDF in @p data; false when it cannot be read.
    bool showPdf(const QByteArray &data, const QString &fileName);
    void clear();

    QString fileName() const { return m_fileName; }
    int pageCount() const;
    int currentPage() const;
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();

    QPdfView *pdfView() const { return m_view; }

signals:
    /// The user asked to open this attachment in the system's PDF viewer.
    void externalViewRequested();
    /// The user asked to go back to the application text.
    void backRequested();

private:
    void updateNavigation();

    QBuffer m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_title;
    QToolButton *m_back;
    QToolButton *m_previous;
    QToolButton *m_next;
    QSpinBox *m_page;
    QLabel *m_pageTotal;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QToolButton *m_external;
    QString m_fileName;
};
